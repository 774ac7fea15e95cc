package io.providerportal.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test in real Chromium against the portal on its random port: one fresh browser for each test class, closed
 * after it; the API (MockMvc) and the database for what the test sets up or checks outside the page.
 */
@PortalTest
abstract class BrowserTest {

    static Chromium chromium;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        chromium.close();
    }
}
