package org.careflow.app.region;

/** A county, township or village. Villages belong to a township, townships to a county. */
public record Region(String code, String name, Level level, String parentCode, String officeEmail,
    String policeLiaisonEmail, String managersEmail) {

  public Region(String code, String name, Level level, String parentCode, String officeEmail) {
    this(code, name, level, parentCode, officeEmail, null, null);
  }

  public enum Level { COUNTY, TOWNSHIP, VILLAGE }
}
