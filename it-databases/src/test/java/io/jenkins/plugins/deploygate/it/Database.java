package io.jenkins.plugins.deploygate.it;

/**
 * A private database server of one engine, shared by all scenarios on it: each scenario gets the
 * database {@code shop} anew, owned by (or granted to) the {@code deployer} account its tools use.
 */
interface Database extends AutoCloseable {

    /** The database every scenario deploys to. */
    String SHOP = "shop";
    /** The account the tools log in with, and its password. */
    String DEPLOYER = "deployer";

    String DEPLOYER_PASSWORD = "Deploy-S3cret";

    /** {@code postgres} or {@code mariadb}: the first word of a scenario's name. */
    String name();

    int port();

    /** The port that normalised output shows instead of {@link #port()}: the engine's usual one. */
    int usualPort();

    String jdbcUrl(String database);

    /** Drops {@code shop} with whatever is connected to it, and creates it empty. */
    void freshShop();

    /** Runs {@code sql} as the superuser in {@code database}; fails when it fails. */
    void sql(String database, String sql);

    /** A superuser session on {@code database}, held open by the test. */
    SqlSession session(String database);

    /** How many sessions on {@code shop} wait for a lock, now. */
    int sessionsWaitingForALock();

    @Override
    void close();
}
