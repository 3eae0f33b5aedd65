package org.careflow.app.region;

/** A county, township or village. Villages belong to a township, townships to a county. */
public record Region(String code, String name, Level level, String parentCode, String officeEmail) {

  public enum Level { COUNTY, TOWNSHIP, VILLAGE }
}
