package org.osdkit.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.description.ChangeSiteDescription;
import org.osdkit.sites.description.DescriptionChangeOutcome;
import org.osdkit.sites.description.DescriptionChangeRequest;
import org.osdkit.sites.description.DescriptionRules;
import org.osdkit.sites.description.SupportedWays;
import org.osdkit.sites.service.ServiceController;

/**
 * {@code osdkit sites set-description} for the dashboard: the same use case, the control file named
 * inside a configured root, SMS_EXECUTIVE stopped and started the way the admin configured the server
 * (a client never names a command). Without {@code "confirm": true} it is a what-if.
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

    /**
     * {@code POST /api/v1/sites/description}: {@code root}, {@code controlFile} (inside the root), {@code site},
     * {@code description}, {@code acceptUnsupported}, optional {@code configmgrVersion} and {@code maxLength}, {@code confirm}.
     * Answers the plan (the one-line diff and the steps) or the change made, with Microsoft's support warning.
     */
    void setDescription(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        boolean confirm = body.yes("confirm");
        String version = body.text("configmgrVersion");
        Integer maxLength = body.number("maxLength");
        DescriptionChangeRequest request = new DescriptionChangeRequest(files.resolve(body.text("root"), body.text("controlFile")),
                SiteCode.of(body.required("site")), body.required("description"), version == null ? null : ConfigMgrVersion.parse(version),
                maxLength == null ? DescriptionRules.defaults() : rules(maxLength), body.yes("acceptUnsupported"), !confirm);
        List<String> steps = new ArrayList<>();
        DescriptionChangeOutcome outcome = acting.get(caller, ChangeSiteDescription.class).run(request, service, steps::add);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("whatIf", !confirm);
        answer.put("warning", SupportedWays.UNSUPPORTED_WARNING);
        answer.put("outcome", outcome);
        answer.put("steps", steps);
        Responses.json(ctx, answer);
    }

    private static DescriptionRules rules(int maxLength) {
        try {
            return new DescriptionRules(maxLength);
        } catch (IllegalArgumentException e) {
            throw new org.osdkit.core.OsdkitException(WebErrors.INVALID_INPUT, "\"maxLength\": " + e.getMessage());
        }
    }
}
