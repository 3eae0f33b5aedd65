package org.careflow.contract;

/** Contract of the managers' weekly digest: a timer-started process that mails each county's managers. */
public final class WeeklyDigest {

  public static final String PROCESS_KEY = "manager-weekly-digest";

  private WeeklyDigest() {
  }
}
