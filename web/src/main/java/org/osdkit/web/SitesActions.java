package org.osdkit.web;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.ChangeSiteDescription;
import org.osdkit.sites.description.DescriptionChangeOutcome;
import org.osdkit.sites.description.DescriptionChangeRequest;
import org.osdkit.sites.description.DescriptionRules;
import org.osdkit.sites.description.RevertSiteDescription;
import org.osdkit.sites.description.SiteChange;
import org.osdkit.sites.description.SupportedWays;
import org.osdkit.sites.service.ServiceController;

/**
 * {@code osdkit sites set-description} and {@code sites revert} for the dashboard (the JSON routes and the
 * site page's forms alike): the same use cases, the control file named inside a configured root,
 * SMS_EXECUTIVE stopped and started the way the admin configured the server (a client never names a
 * command). Without {@code confirm} it is a what-if.
 */
final class SitesActions {

    private final ActingAs acting;
    private final ServerFiles files;
    private final ServiceController service;

    SitesActions(ActingAs acting, ServerFiles files, ServiceController service) {
        this.acting = acting;
        this.files = files;
        this.service = service;
    }

    /** What a change or revert answered: a what-if's plan or the change made, and the steps it reported. */
    record Answer(boolean whatIf, DescriptionChangeOutcome outcome, List<String> steps) {

        Map<String, Object> json() {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("whatIf", whatIf);
            answer.put("warning", SupportedWays.UNSUPPORTED_WARNING);
            answer.put("outcome", outcome);
            answer.put("steps", steps);
            return answer;
        }
    }

    /**
     * {@code POST /api/v1/sites/description}: {@code root}, {@code controlFile} (inside the root), {@code site},
     * {@code description}, {@code acceptUnsupported}, optional {@code configmgrVersion} and {@code maxLength}, {@code confirm}.
     * Answers the plan (the one-line diff and the steps) or the change made, with Microsoft's support warning.
     */
    void setDescription(Context ctx, Principal caller) {
        Responses.json(ctx, change(caller, RequestBody.of(ctx), null).json());
    }

    /** {@code POST /api/v1/sites/changes/{id}/revert}: {@code acceptUnsupported}, optional {@code configmgrVersion}, {@code confirm}. */
    void revert(Context ctx, Principal caller) {
        Responses.json(ctx, revert(caller, changeId(ctx), RequestBody.of(ctx)).json());
    }

    /** The change {@code body} asks for; {@code site} (a page's path) replaces the body's field when given. */
    Answer change(Principal caller, RequestBody body, SiteCode site) {
        boolean confirm = body.yes("confirm");
        Integer maxLength = body.number("maxLength");
        DescriptionChangeRequest request = new DescriptionChangeRequest(files.resolve(body.text("root"), body.text("controlFile")),
                site != null ? site : SiteCode.of(body.required("site")), body.required("description"), version(body),
                maxLength == null ? DescriptionRules.defaults() : rules(maxLength), body.yes("acceptUnsupported"), !confirm);
        List<String> steps = new ArrayList<>();
        DescriptionChangeOutcome outcome = acting.get(caller, ChangeSiteDescription.class).run(request, service, steps::add);
        return new Answer(!confirm, outcome, steps);
    }

    /** Reverts recorded change {@code id} in its recorded control file, which must lie inside a root. */
    Answer revert(Principal caller, long id, RequestBody body) {
        boolean confirm = body.yes("confirm");
        SiteChange recorded = recorded(caller, id);
        Path file = files.requireInsideARoot(Path.of(recorded.controlFile()));
        List<String> steps = new ArrayList<>();
        DescriptionChangeOutcome outcome = acting.get(caller, RevertSiteDescription.class).run(id, file, version(body), body.yes("acceptUnsupported"),
                !confirm, service, steps::add);
        return new Answer(!confirm, outcome, steps);
    }

    SiteChange recorded(Principal caller, long id) {
        return acting.get(caller, ChangeHistory.class).find(id).orElseThrow(() -> new OsdkitException(org.osdkit.sites.SiteErrors.CHANGE_NOT_FOUND,
                "There is no recorded site description change " + id + ".", "The site's page lists its changes."));
    }

    static long changeId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the same message as a zero or negative id
        }
        throw new OsdkitException(WebErrors.INVALID_INPUT, "A change id is a positive whole number, was \"" + text + "\".");
    }

    private static ConfigMgrVersion version(RequestBody body) {
        String version = body.text("configmgrVersion");
        return version == null ? null : ConfigMgrVersion.parse(version);
    }

    private static DescriptionRules rules(int maxLength) {
        try {
            return new DescriptionRules(maxLength);
        } catch (IllegalArgumentException e) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "\"maxLength\": " + e.getMessage());
        }
    }
}
