package org.osdkit.sites.description;

/**
 * What a description change did: the plan, and the recorded change when it was applied
 * ({@code null} for a what-if run, or when the description already had the new value).
 *
 * @param plan    the checked plan ({@code null} when nothing needed to change)
 * @param applied the recorded change, or {@code null}
 * @param unchanged the site already had that description
 */
public record DescriptionChangeOutcome(DescriptionChangePlan plan, SiteChange applied, boolean unchanged) {
}
