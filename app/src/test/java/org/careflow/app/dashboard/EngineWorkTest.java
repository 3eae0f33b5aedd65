package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Execution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The stage of every case from one query for the county (CountyScaleTest reads it from a real
 * database); an instance the query finds at two stage activities counts at the first given, and a
 * database that cannot answer makes the dashboard fail instead of showing a case at its first stage.
 */
class EngineWorkTest {

  private final ManagementService management = mock(ManagementService.class);
  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final EngineWork work = new EngineWork(management, jdbc);

  @BeforeEach
  void tables() {
    when(management.getTableName(Execution.class)).thenReturn("ACT_RU_EXECUTION");
  }

  @Test
  void anInstanceFoundAtTwoStageActivitiesCountsAtTheFirstGiven() throws Exception {
    String[][] rows = {{"pi-1", "CallActivity_AssessmentAndAssistance"}, {"pi-1", "CallActivity_EmergencyHandling"},
        {"pi-2", "CallActivity_AssessmentAndAssistance"}};
    doAnswer(call -> {
      RowMapper<?> mapper = call.getArgument(1);
      List<Object> mapped = new ArrayList<>();
      for (String[] row : rows) {
        ResultSet rs = mock(ResultSet.class);
        when(rs.getString(1)).thenReturn(row[0]);
        when(rs.getString(2)).thenReturn(row[1]);
        mapped.add(mapper.mapRow(rs, mapped.size()));
      }
      return mapped;
    }).when(jdbc).query(anyString(), any(RowMapper.class), any(Object[].class));

    assertThat(work.instancesIn("qingshan", List.of("CallActivity_EmergencyHandling", "CallActivity_AssessmentAndAssistance")))
        .containsOnly(
            entry("pi-1", "CallActivity_EmergencyHandling"),
            entry("pi-2", "CallActivity_AssessmentAndAssistance"));
  }

  @Test
  void anyDatabaseFailureReachesTheDashboard() {
    doThrow(new DataAccessResourceFailureException("connection refused"))
        .when(jdbc).query(anyString(), any(RowMapper.class), any(Object[].class));

    assertThatThrownBy(() -> work.instancesIn("qingshan", List.of("CallActivity_EmergencyHandling")))
        .isInstanceOf(DataAccessResourceFailureException.class).hasMessageContaining("connection refused");
  }
}
