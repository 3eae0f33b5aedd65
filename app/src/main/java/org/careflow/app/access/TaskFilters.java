package org.careflow.app.access;

/**
 * Tasklist's filters, named in Chinese for the caseworkers who pick them (a filter has one name,
 * stored in the engine); the English names of earlier versions are renamed on start.
 */
public final class TaskFilters {

  public static final String MY_TASKS = "我的任务";
  public static final String MY_VILLAGE = "本村任务";
  public static final String MY_TOWNSHIP = "本镇任务";
  public static final String MY_COUNTY = "本县任务";
  public static final String URGENT = "紧急任务";
  public static final String OVERDUE = "已逾期";

  private TaskFilters() {
  }
}
