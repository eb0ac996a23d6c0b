/* cpt-lifecycle-actions.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Installs win.open-invoice and win.open-shipment (an id) on the window
 * class, and registers the Invoices and Shipments pages its template
 * uses. */
void cpt_lifecycle_actions_install (GtkWidgetClass *window_class);

G_END_DECLS
