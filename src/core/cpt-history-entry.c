/* cpt-history-entry.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-history-entry"

#include "config.h"

#include "cpt-history-entry.h"

/* One line of a document's history: when (ISO 8601 UTC), what (a stable
 * event code such as "created", "confirmed", "emailed", "voided") and the
 * sentence shown to people, already translated when it was recorded. */
struct _CptHistoryEntry
{
  GObject parent_instance;

  char *at;
  char *event;
  char *text;
};

G_DEFINE_FINAL_TYPE (CptHistoryEntry, cpt_history_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AT,
  PROP_EVENT,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
set_string (gpointer     self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cpt_history_entry_finalize (GObject *object)
{
  CptHistoryEntry *self = CPT_HISTORY_ENTRY (object);

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->event, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (cpt_history_entry_parent_class)->finalize (object);
}

static void
cpt_history_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CptHistoryEntry *self = CPT_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_AT:
      g_value_set_string (value, self->at);
      break;
    case PROP_EVENT:
      g_value_set_string (value, self->event);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_history_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CptHistoryEntry *self = CPT_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_AT:
      cpt_history_entry_set_at (self, g_value_get_string (value));
      break;
    case PROP_EVENT:
      cpt_history_entry_set_event (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      cpt_history_entry_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_history_entry_class_init (CptHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_history_entry_finalize;
  object_class->get_property = cpt_history_entry_get_property;
  object_class->set_property = cpt_history_entry_set_property;

  properties[PROP_AT] =
    g_param_spec_string ("at", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_EVENT] =
    g_param_spec_string ("event", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, RW_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_history_entry_init (CptHistoryEntry *self)
{
}

CptHistoryEntry *
cpt_history_entry_new (void)
{
  return g_object_new (CPT_TYPE_HISTORY_ENTRY, NULL);
}

const char *
cpt_history_entry_get_at (CptHistoryEntry *self)
{
  g_return_val_if_fail (CPT_IS_HISTORY_ENTRY (self), NULL);
  return self->at;
}

void
cpt_history_entry_set_at (CptHistoryEntry *self,
                          const char *at)
{
  g_return_if_fail (CPT_IS_HISTORY_ENTRY (self));
  set_string (self, &self->at, at, PROP_AT);
}

const char *
cpt_history_entry_get_event (CptHistoryEntry *self)
{
  g_return_val_if_fail (CPT_IS_HISTORY_ENTRY (self), NULL);
  return self->event;
}

void
cpt_history_entry_set_event (CptHistoryEntry *self,
                             const char *event)
{
  g_return_if_fail (CPT_IS_HISTORY_ENTRY (self));
  set_string (self, &self->event, event, PROP_EVENT);
}

const char *
cpt_history_entry_get_text (CptHistoryEntry *self)
{
  g_return_val_if_fail (CPT_IS_HISTORY_ENTRY (self), NULL);
  return self->text;
}

void
cpt_history_entry_set_text (CptHistoryEntry *self,
                            const char *text)
{
  g_return_if_fail (CPT_IS_HISTORY_ENTRY (self));
  set_string (self, &self->text, text, PROP_TEXT);
}

CptHistoryEntry *
cpt_history_entry_new_full (const char *at,
                            const char *event,
                            const char *text)
{
  return g_object_new (CPT_TYPE_HISTORY_ENTRY,
                       "at", at,
                       "event", event,
                       "text", text,
                       NULL);
}
