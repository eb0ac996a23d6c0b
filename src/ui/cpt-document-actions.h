/* cpt-document-actions.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void cpt_document_actions_install (void);

G_END_DECLS
