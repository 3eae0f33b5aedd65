package org.careflow.app.registry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;

/**
 * A child's record as one reader may see it: the ID number in full only for those who act on it
 * (idNumberMasked tells which), null when none is recorded.
 */
public record ChildRecordView(long id, String fullName, LocalDate birthDate, int age, String villageCode, String villageName,
    String townshipCode, String idNumber, boolean idNumberMasked, String householdRegistration, String category,
    String disability, String schoolStatus, String guardians, EntrustedGuardian entrustedGuardian,
    LocalDateTime registeredAt, LocalDateTime updatedAt) implements RecordLabels {

  /** The entrusted guardian named in the child's latest signed confirmation. */
  public record EntrustedGuardian(String name, String relationship, String phone, LocalDate signedOn, String caseNumber) {
  }

  static int ageOn(LocalDate birthDate, LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }
}
