# One build, one image per side: docker compose builds the targets command-side and query-side.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# the whole reactor, as .dockerignore leaves it: a module added to pom.xml is in the build without a change here
COPY . .
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
