package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.osdkit.web.WebClient.Reply;

/** The OpenAPI description, problem details and paging, over real HTTP. */
class ApiDescriptionTest extends EmptyDashboard {

    @Test
    void everyRegisteredRouteIsInTheOpenApiDescriptionAndNothingElse() {
        Reply r = client.get("/api/v1/openapi.json");
        assertEquals(200, r.status());
        JsonNode doc = r.json();
        assertTrue(doc.get("openapi").asText().startsWith("3."), doc.toString());
        List<String> described = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        List<String> registered = dashboard.registeredRoutes();
        assertTrue(registered.size() > 20, registered.toString());
        for (String route : registered) {
            assertTrue(described.contains(route), route + " is registered but not described");
        }
        for (String route : described) {
            assertTrue(registered.contains(route), route + " is described but not registered");
        }
        JsonNode distribute = doc.get("paths").get("/api/v1/drivers/packages/{id}/distribute").get("post");
        assertNotNull(distribute.get("security"), "a mutating route says it needs sign-in");
        assertEquals("limit", doc.get("paths").get("/api/v1/audit").get("get").get("parameters").get(0).get("name").asText());
        JsonNode packages = doc.get("paths").get("/api/v1/drivers/packages").get("get");
        assertTrue(packages.get("summary").asText().contains("driverCount"), "the list's summary shape is described: " + packages);
        List<String> distribution = new ArrayList<>();
        doc.get("paths").get("/api/v1/drivers/distribution").get("get").get("parameters").forEach(p -> distribution.add(p.get("name").asText()));
        assertTrue(distribution.containsAll(List.of("limit", "offset", "package")), "the distribution route is described as paged: " + distribution);
    }

    @Test
    void aDomainNotFoundKeepsItsOwnCodeAsProblemJson() {
        Reply r = client.get("/api/v1/logs/diagnoses/999");
        assertEquals(404, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        assertEquals("WEB-DIAGNOSIS-NOT-FOUND", r.code(), "the 404 handler does not overwrite the domain's code");
        assertEquals("urn:osdkit:error:WEB-DIAGNOSIS-NOT-FOUND", r.json().get("type").asText());
        assertEquals("/api/v1/logs/diagnoses/999", r.json().get("instance").asText());
    }

    @Test
    void badInputAndUnknownRoutesAreProblemJsonWithStableCodes() {
        Reply noRoute = client.get("/api/v1/no-such-thing");
        assertEquals(404, noRoute.status());
        assertEquals("WEB-NOT-FOUND", noRoute.code());
        assertTrue(noRoute.header("Content-Type").startsWith("application/problem+json"));
        Reply badId = client.get("/api/v1/logs/diagnoses/seven");
        assertEquals(400, badId.status());
        assertEquals("WEB-INVALID-ID", badId.code());
        Reply badCode = client.get("/api/v1/drivers/distribution?package=not-an-id");
        assertEquals(400, badCode.status(), badCode.toString());
        for (String bad : List.of("limit=0", "limit=1001", "limit=x", "offset=-1", "offset=100001")) {
            Reply page = client.get("/api/v1/audit?" + bad);
            assertEquals(400, page.status(), bad);
            assertEquals("WEB-INVALID-LIMIT", page.code(), bad);
        }
        Reply notJson = client.send("POST", "/api/v1/smp/holds", "application/json", "{not json".getBytes(), "Authorization", "Bearer " + token);
        assertEquals(400, notJson.status());
        assertEquals("WEB-INVALID-INPUT", notJson.code());
    }

    @Test
    void listsArePagedWithALinkToTheNextPage() {
        for (String name : List.of("a", "b", "c")) {
            client.signIn(token, name);
        }
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/audit?limit=2";
        int pages = 0;
        while (next != null) {
            Reply page = client.get(next);
            assertEquals(200, page.status());
            assertTrue(page.json().size() <= 2);
            page.json().forEach(e -> seen.add(e.get("actor").asText()));
            String link = page.header("Link");
            next = link == null ? null : WebClient.between(link, "<", ">");
            pages++;
        }
        assertEquals(2, pages, seen.toString());
        assertEquals(List.of("web:c@127.0.0.1", "web:b@127.0.0.1", "web:a@127.0.0.1"), seen, "newest first, each entry once");
        assertEquals("2", client.get("/api/v1/audit?limit=2").header("X-Page-Limit"));
    }
}
