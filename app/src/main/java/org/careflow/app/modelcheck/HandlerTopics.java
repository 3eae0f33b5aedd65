package org.careflow.app.modelcheck;

import java.util.HashSet;
import java.util.Set;
import org.careflow.workers.HandlesTopic;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The external-task topics the workers on the classpath handle, read from their {@link HandlesTopic}. */
public final class HandlerTopics {

  private HandlerTopics() {
  }

  public static Set<String> onClasspath() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(HandlesTopic.class));
    Set<String> topics = new HashSet<>();
    for (var candidate : scanner.findCandidateComponents("org.careflow.workers")) {
      try {
        topics.add(Class.forName(candidate.getBeanClassName()).getAnnotation(HandlesTopic.class).value());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return topics;
  }
}
