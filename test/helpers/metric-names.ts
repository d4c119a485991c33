// The metric families zonelet exports, written out by hand from ../shared/INTERFACES.md and the kstat-metrics issue
// (issue 4): what rules and dashboards may read. Histograms are listed by base name (_bucket/_sum/_count implied).
export const ZONELET_METRICS: readonly string[] = [
  'smartos_zone_info', 'smartos_zone_state', 'smartos_zone_state_changed_timestamp_seconds',
  'smartos_zone_cpu_seconds_total', 'smartos_zone_cpu_wait_seconds_total',
  'smartos_zone_load1', 'smartos_zone_load5', 'smartos_zone_load15',
  'smartos_zone_memory_rss_bytes', 'smartos_zone_memory_cap_bytes', 'smartos_zone_swap_bytes', 'smartos_zone_swap_cap_bytes',
  'smartos_zone_memory_cap_exceeded_total', 'smartos_zone_memory_paged_out_bytes_total', 'smartos_zone_anon_alloc_failures_total',
  'smartos_zone_cpu_cap_cpus', 'smartos_zone_cpu_baseline_cpus', 'smartos_zone_cpu_cap_usage_cpus',
  'smartos_zone_cpu_cap_above_seconds_total', 'smartos_zone_cpu_cap_waiting_threads',
  'smartos_zone_cpu_cap_effective_cpus', 'smartos_zone_cpu_cap_bursting_seconds_total',
  'smartos_zone_vfs_read_bytes_total', 'smartos_zone_vfs_written_bytes_total',
  'smartos_zone_vfs_reads_total', 'smartos_zone_vfs_writes_total',
  'smartos_zone_vfs_read_seconds_total', 'smartos_zone_vfs_write_seconds_total',
  'smartos_zone_vfs_read_queue_seconds_total', 'smartos_zone_vfs_write_queue_seconds_total',
  'smartos_zone_vfs_slow_operations_total', 'smartos_zone_zfs_throttle_delays_total', 'smartos_zone_zfs_throttle_delay_seconds_total',
  'smartos_zone_zfs_read_bytes_total', 'smartos_zone_zfs_written_bytes_total', 'smartos_zone_zfs_reads_total', 'smartos_zone_zfs_writes_total',
  'smartos_zone_network_receive_bytes_total', 'smartos_zone_network_transmit_bytes_total',
  'smartos_zone_network_receive_packets_total', 'smartos_zone_network_transmit_packets_total',
  'smartos_zone_network_receive_errors_total', 'smartos_zone_network_transmit_errors_total',
  'smartos_zone_forks_failed_total', 'smartos_zone_processes',
  'smartos_zone_tcp_active_opens_total', 'smartos_zone_tcp_passive_opens_total', 'smartos_zone_tcp_retransmitted_segments_total',
  'smartos_zone_tcp_listen_drops_total', 'smartos_zone_tcp_established_connections',
  'smartos_zone_filesystem_used_bytes', 'smartos_zone_filesystem_available_bytes', 'smartos_zone_filesystem_quota_bytes',
  'smartos_zone_run_queue_latency_seconds', 'smartos_zone_vfs_latency_seconds',
  'smartos_zone_syscalls_total', 'smartos_zone_syscalls_by_name_total', 'smartos_zone_process_execs_total', 'smartos_zone_tcp_connections_total',
  'smartos_host_cpu_seconds_total', 'smartos_host_memory_total_bytes', 'smartos_host_memory_free_bytes',
  'smartos_host_load1', 'smartos_host_load5', 'smartos_host_load15', 'smartos_host_boot_time_seconds',
  'smartos_host_arc_size_bytes', 'smartos_host_zpool_size_bytes', 'smartos_host_zpool_allocated_bytes',
  'smartos_host_zpool_free_bytes', 'smartos_host_zpool_healthy', 'smartos_host_info',
  'zonelet_collector_duration_seconds', 'zonelet_collector_success', 'zonelet_collector_last_success_timestamp_seconds',
  'zonelet_exec_total', 'zonelet_exec_duration_seconds', 'zonelet_zones',
  'zonelet_dtrace_drops_total', 'zonelet_dtrace_restarts_total', 'zonelet_dtrace_up',
  'zonelet_hub_connected', 'zonelet_hub_reconnects_total', 'zonelet_hub_spool_bytes', 'zonelet_hub_spool_max_bytes',
  'zonelet_hub_unacked_messages', 'zonelet_hub_messages_sent_total', 'zonelet_hub_dropped_batches_total',
  'zonelet_actions_total', 'zonelet_action_duration_seconds', 'zonelet_actions_in_flight',
  // prom-client's default process metrics, and Prometheus's own per-target series
  'process_cpu_seconds_total', 'process_resident_memory_bytes', 'up',
];

const HISTOGRAM_SUFFIX = /_(bucket|sum|count)$/;

/** Whether a name read by a shipped expression is an exported family (or one of its histogram series). */
export function isExportedMetric(name: string): boolean {
  return ZONELET_METRICS.includes(name) || ZONELET_METRICS.includes(name.replace(HISTOGRAM_SUFFIX, ''));
}
