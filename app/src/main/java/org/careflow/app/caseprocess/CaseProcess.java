package org.careflow.app.caseprocess;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a case process declares about itself in its model, as extension properties on the process
 * element: the prefix of its case numbers and the role groups that may start it, e.g.
 * {@code careflow.caseNumberPrefix=EG}, {@code careflow.starters=child-directors,child-supervisors}.
 * The platform reads these instead of a list of process keys in code.
 */
public record CaseProcess(String caseNumberPrefix, List<String> starters) {

  public static final String CASE_NUMBER_PREFIX = "careflow.caseNumberPrefix";
  public static final String STARTERS = "careflow.starters";

  public static CaseProcess of(Process process) {
    String prefix = null;
    String starters = null;
    if (process.getExtensionElements() != null) {
      for (CamundaProperties properties : process.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (CASE_NUMBER_PREFIX.equals(property.getCamundaName())) {
            prefix = blankToNull(property.getCamundaValue());
          } else if (STARTERS.equals(property.getCamundaName())) {
            starters = property.getCamundaValue();
          }
        }
      }
    }
    return new CaseProcess(prefix, starters == null ? List.of()
        : Arrays.stream(starters.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
