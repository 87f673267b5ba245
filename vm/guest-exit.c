// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * vm-exit STATUS: ends the QEMU guest with STATUS as its result.
 *
 * QEMU's isa-debug-exit device (-device isa-debug-exit,iobase=0xf4) makes
 * QEMU exit with (byte << 1) | 1 when a byte is written to its port, which
 * carries the guest's status out without a serial-log protocol. Linked
 * statically: it runs from the initramfs before any root is mounted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>

#define DEBUG_EXIT_PORT 0xf4

int main(int argc, char **argv)
{
	int status;

	if (argc != 2) {
		fprintf(stderr, "usage: vm-exit STATUS\n");
		return 2;
	}
	status = atoi(argv[1]);

	/* Fails under kernel lockdown; the caller then powers off instead. */
	if (ioperm(DEBUG_EXIT_PORT, 1, 1)) {
		perror("vm-exit: ioperm");
		return 1;
	}
	outb((unsigned char)status, DEBUG_EXIT_PORT);

	/* Only reached when the device is missing from the QEMU command line. */
	fprintf(stderr, "vm-exit: no isa-debug-exit device at port 0x%x\n",
		DEBUG_EXIT_PORT);
	return 1;
}
