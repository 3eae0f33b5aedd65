package org.careflow.app.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.careflow.app.engine.RefusedInput;

/**
 * Resident ID numbers under GB 11643: 17 digits (address code, birth date YYYYMMDD, sequence)
 * and a check character from the weighted sum of the digits.
 */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private IdNumbers() {
  }

  /** Upper case, without the spaces people type to group digits. */
  public static String normalize(String text) {
    return text == null ? "" : text.replace(" ", "").trim().toUpperCase();
  }

  public static boolean looksLikeOne(String text) {
    return SHAPE.matcher(normalize(text)).matches();
  }

  public static char checkCharacter(String first17Digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /**
   * The ID number, normalized, if it is well formed, its check character is right and its birth
   * date is the child's; otherwise a refusal that says which of these is wrong.
   */
  public static String checked(String text, LocalDate birthDate) {
    String id = normalize(text);
    if (!SHAPE.matcher(id).matches()) {
      throw new RefusedInput("refusal.id.shape");
    }
    if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
      throw new RefusedInput("refusal.id.check", masked(id));
    }
    LocalDate embedded;
    try {
      embedded = LocalDate.parse(id.substring(6, 14), BASIC_DATE);
    } catch (DateTimeParseException e) {
      throw new RefusedInput("refusal.id.birth-invalid", masked(id));
    }
    if (!embedded.equals(birthDate)) {
      throw new RefusedInput("refusal.id.birth-differs", masked(id), embedded, birthDate);
    }
    return id;
  }

  /**
   * No character shows. An ID number is the region code, the birth date, a three-digit sequence and
   * a check character: a reader of the record knows the first two, so showing the last four (the
   * usual mask) would give the whole number back. Records are told apart by their record number.
   */
  public static String masked(String id) {
    return "*".repeat(normalize(id).length());
  }
}
