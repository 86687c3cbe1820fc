package org.flowbook.repository.cluster;

import org.flowbook.repository.PostgresSchemas;

/** Two libraries on one PostgreSQL database, each test in a fresh schema of its own. */
class PostgresClusterTest implements ClusterContract {
  @Override
  public String freshUrl() {
    return PostgresSchemas.fresh("cluster_test");
  }
}
