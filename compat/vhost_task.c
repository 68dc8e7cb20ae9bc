// SPDX-License-Identifier: GPL-2.0
/*
 * Provides: CONFIG_VHOST_TASK when vhost_task is missing
 * (stand-in to be written)
 */
