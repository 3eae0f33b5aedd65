# Build context: the repository root, after `mvn -q install -DskipTests`.
FROM eclipse-temurin:17-jre
WORKDIR /opt/careflow
COPY app/target/careflow-app-*.jar careflow-app.jar
EXPOSE 8080
# health: engine, job executor and database, as /actuator/health reports them (no curl in the image)
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "careflow-app.jar"]
