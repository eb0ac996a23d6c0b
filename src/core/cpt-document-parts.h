/* cpt-document-parts.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-address.h"

G_BEGIN_DECLS

/* What invoices and credit notes share: their properties are declared the
 * same way and their setters change a field, then notify only when the value
 * really changed (views bound to these objects repaint on each notify). */

GParamSpec *cpt_document_parts_param_string (const char *name);
GParamSpec *cpt_document_parts_param_int64  (const char *name);
GParamSpec *cpt_document_parts_param_int    (const char *name);
GParamSpec *cpt_document_parts_param_address (const char *name);
GParamSpec *cpt_document_parts_param_list   (const char *name);

void cpt_document_parts_set_string  (GObject           *object,
                                     char             **field,
                                     const char        *value,
                                     GParamSpec        *pspec);
void cpt_document_parts_set_int64   (GObject           *object,
                                     gint64            *field,
                                     gint64             value,
                                     GParamSpec        *pspec);
void cpt_document_parts_set_int     (GObject           *object,
                                     int               *field,
                                     int                value,
                                     GParamSpec        *pspec);
void cpt_document_parts_set_address (GObject           *object,
                                     CptAddress       **field,
                                     const CptAddress  *value,
                                     GParamSpec        *pspec);

G_END_DECLS
