/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * User-space stand-in for the kernel's <linux/build_bug.h>, which the
 * generated layout header includes for static_assert: C11's is the same.
 */
#ifndef MLX5CTL_TESTS_SHIM_BUILD_BUG_H
#define MLX5CTL_TESTS_SHIM_BUILD_BUG_H
#include <assert.h>
#endif
