package com.partnerportal.pipeline;

/**
 * The kinds of invitation the funnel counts (a delegated-admin request alone is no sale).
 */
public enum PipelineKind {

	TRIAL, PURCHASE

}
