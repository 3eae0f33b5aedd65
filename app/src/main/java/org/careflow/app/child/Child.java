package org.careflow.app.child;

import java.time.LocalDate;

public record Child(long id, String fullName, LocalDate birthDate, String villageCode) {
}
