package org.careflow.app.registry;

import static org.careflow.contract.ChildRecordUpdate.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.contract.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * A change to a child's record proposed from the child's page or the API: it starts the update
 * process as the proposing user, so their start rights and jurisdiction apply. A new ID number is
 * encrypted before it reaches the engine; the process's start check validates everything.
 */
@Component
class ChildRecordChanges {

  record ProposedChange(String householdRegistration, String category, String disability, String schoolStatus,
      String guardians, String idNumber, String reason) {
  }

  private final RuntimeService runtime;
  private final ChildRecords records;
  private final RegistryAccess access;
  private final IdNumberProtection idNumbers;

  ChildRecordChanges(RuntimeService runtime, ChildRecords records, RegistryAccess access, IdNumberProtection idNumbers) {
    this.runtime = runtime;
    this.records = records;
    this.access = access;
    this.idNumbers = idNumbers;
  }

  /** Starts the verification of the change; answers its case number. */
  String propose(long childId, ProposedChange change) {
    Authentication user = access.user();
    ChildRecord child = records.find(childId).orElseThrow(() -> new ChildNotFound(childId));
    access.chainIfVisible(user, child.villageCode()).orElseThrow(() -> new ChildNotFound(childId));
    Map<String, Object> variables = new HashMap<>();
    variables.put(Jurisdiction.VAR_CHILD_ID, childId);
    put(variables, VAR_HOUSEHOLD_REGISTRATION, change.householdRegistration());
    put(variables, VAR_CATEGORY, change.category());
    put(variables, VAR_DISABILITY, change.disability());
    put(variables, VAR_SCHOOL_STATUS, change.schoolStatus());
    put(variables, VAR_GUARDIANS, change.guardians());
    put(variables, VAR_CHANGE_REASON, change.reason());
    if (change.idNumber() != null && !change.idNumber().isBlank()) {
      variables.put(VAR_ID_NUMBER_CIPHER, idNumbers.encrypt(IdNumbers.normalize(change.idNumber())));
    }
    return runtime.startProcessInstanceByKey(PROCESS_KEY, variables).getBusinessKey();
  }

  private static void put(Map<String, Object> variables, String name, String value) {
    if (value != null && !value.isBlank()) {
      variables.put(name, value.trim());
    }
  }
}
