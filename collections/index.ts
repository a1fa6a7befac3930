import type { CollectionConfig } from 'payload'
import { Articles } from './Articles.js'
import { Claims } from './Claims.js'
import { ContentFingerprints } from './ContentFingerprints.js'
import { EvidenceFiles } from './EvidenceFiles.js'
import { GlossaryTerms } from './GlossaryTerms.js'
import { Imports } from './Imports.js'
import { Laws } from './Laws.js'
import { Media } from './Media.js'
import { QAEntries } from './QAEntries.js'
import { QASets } from './QASets.js'
import { Sources } from './Sources.js'
import { Topics } from './Topics.js'
import { Users } from './Users.js'
import { ReviewComments } from './ReviewComments.js'
import { WebhookDeliveries } from './WebhookDeliveries.js'
import { Webhooks } from './Webhooks.js'
import { WorkflowEvents } from './WorkflowEvents.js'
import { WeChatPublications } from './WeChatPublications.js'
import { withDraftTextLimits } from './text-limits.js'
import { withLabelsByLanguage } from '../src/i18n/collection-labels.js'

export const collections: CollectionConfig[] = [
  Articles,
  QASets,
  QAEntries,
  GlossaryTerms,
  Topics,
  Laws,
  Sources,
  EvidenceFiles,
  Media,
  Users,
  Imports,
  WeChatPublications,
  ReviewComments,
  WorkflowEvents,
  Webhooks,
  WebhookDeliveries,
  Claims,
  ContentFingerprints,
]
  .map(withDraftTextLimits)
  .map(withLabelsByLanguage)
