# One build, one image per side: docker compose builds the targets command-side and query-side.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared-events shared-events
COPY client-tools client-tools
COPY platform platform
COPY command-side command-side
COPY query-side query-side
COPY standalone standalone
RUN ./mvnw -B -q -DskipTests package -pl command-side,query-side -am

FROM eclipse-temurin:17-jre AS runtime
RUN useradd --system --uid 10001 portal
USER portal
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Daxoniq.update-checker.disabled=true"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

FROM runtime AS command-side
COPY --from=build /src/command-side/target/command-side-*-exec.jar /app/app.jar

FROM runtime AS query-side
COPY --from=build /src/query-side/target/query-side-*-exec.jar /app/app.jar
