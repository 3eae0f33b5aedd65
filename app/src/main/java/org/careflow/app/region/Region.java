package org.careflow.app.region;

/**
 * A county, township or village. Villages belong to a township, townships to a county. The code
 * is the short key that group ids are made of ({@code director-lianhua}); the division code is
 * the region's code in the national administrative-division scheme.
 */
public record Region(String code, String name, Level level, String parentCode, String officeEmail,
    String policeLiaisonEmail, String managersEmail, String divisionCode) {

  public Region(String code, String name, Level level, String parentCode, String officeEmail) {
    this(code, name, level, parentCode, officeEmail, null, null, null);
  }

  public enum Level {
    COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int divisionCodeLength;

    Level(int divisionCodeLength) {
      this.divisionCodeLength = divisionCodeLength;
    }

    public int divisionCodeLength() {
      return divisionCodeLength;
    }

    /** The level a region of this level belongs to; none for a county. */
    public Level parentLevel() {
      return this == COUNTY ? null : values()[ordinal() - 1];
    }
  }
}
