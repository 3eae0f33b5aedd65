package org.careflow.app.registry;

import org.careflow.app.api.ApiErrors;

/** The same answer whether the child does not exist or lies outside the reader's jurisdiction. */
class ChildNotFound extends ApiErrors.NotFound {

  ChildNotFound(long childId) {
    super("refusal.child.not-in-jurisdiction", childId);
  }
}
