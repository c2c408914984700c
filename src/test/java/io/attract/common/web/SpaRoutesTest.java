package io.attract.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaRoutesTest {

    @Test
    void clientRoutesLoadTheFrontEnd() {
        assertThat(SpaRoutes.isClientRoute("/projects/42")).isTrue();
        assertThat(SpaRoutes.isClientRoute("/admin/units")).isTrue();
        assertThat(SpaRoutes.isClientRoute("/apiary")).isTrue();
    }

    @Test
    void serverPathsAndFilesAreLeftAlone() {
        assertThat(SpaRoutes.isClientRoute("/")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/api/units")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/api")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/q/health")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/login/callback")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/logout")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/assets/index-abc.js")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/favicon.ico")).isFalse();
    }

    @Test
    void theViteDevServersModulesAreLeftAlone() {
        assertThat(SpaRoutes.isClientRoute("/@react-refresh")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/@vite/client")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/src/main")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/node_modules/.vite/deps/chunk")).isFalse();
    }
}
