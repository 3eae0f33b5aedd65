package org.careflow.records;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The features' record classes, for the workers and the app to import. */
@Configuration
@ComponentScan
public class RecordsConfiguration {
}
