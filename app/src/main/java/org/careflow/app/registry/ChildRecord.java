package org.careflow.app.registry;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A child's record in the registry. The ID number stays encrypted here; see ChildRecordView for what a reader sees. */
public record ChildRecord(long id, String fullName, LocalDate birthDate, String villageCode, String idNumberCipher,
    String householdRegistration, String category, String disability, String schoolStatus, String guardians,
    LocalDateTime registeredAt, LocalDateTime updatedAt) {
}
