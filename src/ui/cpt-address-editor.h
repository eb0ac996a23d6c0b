/* cpt-address-editor.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-address.h"

G_BEGIN_DECLS

#define CPT_TYPE_ADDRESS_EDITOR (cpt_address_editor_get_type ())

G_DECLARE_FINAL_TYPE (CptAddressEditor, cpt_address_editor, CPT, ADDRESS_EDITOR, GtkWidget)

GtkWidget  *cpt_address_editor_new         (void);
CptAddress *cpt_address_editor_dup_address (CptAddressEditor *self);
void        cpt_address_editor_set_address (CptAddressEditor *self,
                                            const CptAddress *address);

G_END_DECLS
