/**
 * The deployment lock, without a database: its key, who holds it, the non-blocking lock port the adapters implement
 * (PostgreSQL session advisory lock, SQLite file lock), and the polling wait with its coded failures. The lock
 * service and the quorum share it.
 */
package liquibase.ext.syzygy.lock;
