/* cpt-sample-data.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"

G_BEGIN_DECLS

gboolean cpt_sample_data_load (CptDatabase  *db,
                               GError      **error);

G_END_DECLS
