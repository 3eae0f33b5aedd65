-- Keycloak keeps its realm in a database of its own on the same server (runs on the first start only).
CREATE DATABASE keycloak OWNER careflow;
