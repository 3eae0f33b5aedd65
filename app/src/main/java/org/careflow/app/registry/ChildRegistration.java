package org.careflow.app.registry;

import org.careflow.app.language.Phrase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.engine.PlainText;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.region.RegionRepository.VillageChain;
import org.careflow.app.registry.RecordValues.Category;
import org.careflow.app.registry.RecordValues.Disability;
import org.careflow.app.registry.RecordValues.HouseholdRegistration;
import org.careflow.app.registry.RecordValues.SchoolStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a new child: every field checked, the ID number checked and stored encrypted, and a
 * child already in the registry (same ID number; or same name and birth date in the same village)
 * refused with the existing record named. A refusal writes nothing.
 */
@Component
class ChildRegistration {

  static final int ADULT_AGE = 18;

  /** What a caseworker enters; all text, as a form sends it. */
  record NewChildForm(String fullName, String birthDate, String villageCode, String idNumber, String householdRegistration,
      String category, String disability, String schoolStatus, String guardians) {
  }

  private final ChildRecords records;
  private final RegistryAccess access;
  private final IdNumberProtection idNumbers;
  private final DuplicateChildren duplicates;

  ChildRegistration(ChildRecords records, RegistryAccess access, IdNumberProtection idNumbers, DuplicateChildren duplicates) {
    this.records = records;
    this.access = access;
    this.idNumbers = idNumbers;
    this.duplicates = duplicates;
  }

  @Transactional
  long register(NewChildForm form) {
    Authentication user = access.user();
    String fullName = text(form.fullName(), Phrase.of("refusal.field.child-name"), 100);
    LocalDate birthDate = birthDate(form.birthDate());
    String village = text(form.villageCode(), Phrase.of("refusal.field.village"), 40);
    VillageChain chain = access.chainIfVisible(user, village)
        .orElseThrow(() -> new RefusedInput("refusal.village.unknown-or-outside", village));
    if (!access.mayRegister(user, chain)) {
      throw new RefusedInput("refusal.registry.who-registers");
    }
    String category = RecordValues.required(Category.class, form.category(), Phrase.of("refusal.field.category"));
    String household = RecordValues.required(HouseholdRegistration.class, form.householdRegistration(), Phrase.of("refusal.field.household-registration"));
    String disability = RecordValues.required(Disability.class, form.disability(), Phrase.of("refusal.field.disability"));
    String school = RecordValues.required(SchoolStatus.class, form.schoolStatus(), Phrase.of("refusal.field.school-status"));
    String guardians = optionalText(form.guardians(), Phrase.of("refusal.field.guardians"), 300);
    String idNumber = blank(form.idNumber()) ? null : IdNumbers.checked(form.idNumber(), birthDate);

    String hash = idNumber == null ? null : idNumbers.hash(idNumber);
    if (hash != null) {
      duplicates.refuseIdNumberOf(hash, null, user);
    }
    duplicates.refuseSameNameAndBirth(fullName, birthDate, village, user);
    return records.insert(new ChildRecords.NewChild(fullName, birthDate, village,
        idNumber == null ? null : idNumbers.encrypt(idNumber), hash, household, category, disability, school, guardians,
        user.getUserId()));
  }

  static LocalDate birthDate(String text) {
    if (blank(text)) {
      throw new RefusedInput("refusal.birth-date.required");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new RefusedInput("refusal.birth-date.not-a-date", text);
    }
    if (date.isAfter(LocalDate.now())) {
      throw new RefusedInput("refusal.birth-date.future", date);
    }
    if (!date.plusYears(ADULT_AGE).isAfter(LocalDate.now())) {
      throw new RefusedInput("refusal.birth-date.adult", date, ADULT_AGE);
    }
    return date;
  }

  private static String text(String value, Phrase field, int maxLength) {
    if (blank(value)) {
      throw new RefusedInput("refusal.field.required", field);
    }
    return optionalText(value, field, maxLength);
  }

  private static String optionalText(String value, Phrase field, int maxLength) {
    if (blank(value)) {
      return null;
    }
    // checked before trimming: trim() also strips leading and trailing control characters (\r, \f, NUL),
    // which are refused, not cleaned
    PlainText.refuseUnsafeLine(Phrase.of("refusal.field.the", field), value);
    String trimmed = value.trim();
    if (trimmed.length() > maxLength) {
      throw new RefusedInput("refusal.field.longer-than", field, maxLength);
    }
    return trimmed;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
