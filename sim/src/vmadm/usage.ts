/** vmadm's usage block, verbatim from the source (including "command,type"). */
export function usage(): string {
  return `Usage: ${process.argv[1] ?? '/usr/vm/sbin/vmadm'} <command> [options]

create [-f <filename>]
create-snapshot <uuid> <snapname>
console <uuid>
delete <uuid>
delete-snapshot <uuid> <snapname>
events [-fjr] [uuid]
get <uuid>
info <uuid> [type,...]
install <uuid>
kill [-s SIGNAL|-SIGNAL] <uuid>
list [-p] [-H] [-o field,...] [-s field,...] [field=value ...]
lookup [-j|-1] [-o field,...] [field=value ...]
reboot <uuid> [-F]
receive [-f <filename>]
reprovision <uuid> [-f <filename>]
rollback-snapshot <uuid> <snapname>
send <uuid> [target]
start <uuid> [option=value ...]
stop <uuid> [-F] [-t timeout]
sysrq <uuid> <nmi|screenshot>
update <uuid> [-f <filename>]
 -or- update <uuid> property=value [property=value ...]
validate create [-f <filename>]
validate update <brand> [-f <filename>]

For more detailed information on the use of this command,type 'man vmadm'.
`;
}
