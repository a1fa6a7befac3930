import { WorkflowPanel as WorkflowPanel_8a6dab6327084ac108d2257a40dcc0c3 } from '../../../components/workflow/WorkflowPanel.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FlagMessageField as FlagMessageField_a367b30ddc1d3f78c926d904db39161a } from '../../../components/flags/FlagMessageField'
import { FlagPlaceField as FlagPlaceField_24a3813c33c24a57e33089942a79dba2 } from '../../../components/flags/FlagPlaceField'
import { QualityFlagRowLabel as QualityFlagRowLabel_8ead63f67f4cf74e1bfdca02751d80f5 } from '../../../components/flags/QualityFlagRowLabel'
import { StateBadge as StateBadge_86d70530cddf51e3ba3748127277a144 } from '../../../components/workflow/StateBadge.tsx'
import { PublishViaWorkflow as PublishViaWorkflow_48183196b32cc0f2ecc53a17be887672 } from '../../../components/workflow/PublishViaWorkflow.tsx'
import { WorkflowStatus as WorkflowStatus_d9263681bfac82f0dc900e6c0084407e } from '../../../components/workflow/WorkflowStatus.tsx'
import { NoUnpublishButton as NoUnpublishButton_48183196b32cc0f2ecc53a17be887672 } from '../../../components/workflow/PublishViaWorkflow.tsx'
import { StageCell as StageCell_0f90c9ed65c9cd9f7941af90ee1e6b35 } from '../../../components/imports/StageField'
import { StageField as StageField_0f90c9ed65c9cd9f7941af90ee1e6b35 } from '../../../components/imports/StageField'
import { ReviewPackage as ReviewPackage_79036c01810ae6b1ddaeeef7d1601af9 } from '../../../components/workflow/ReviewPackage.tsx'
import { SimilarContent as SimilarContent_180066da20c44287d065c7846ed3ac70 } from '../../../components/imports/SimilarContent'
import { JsonView as JsonView_67562c417aabc75378c4e517ae06f240 } from '../../../components/fields/JsonView'
import { EventCommentCell as EventCommentCell_d5860dbf55ee98667c8f5a7dd04082e6 } from '../../../components/workflow/EventComment'
import { EventCommentField as EventCommentField_d5860dbf55ee98667c8f5a7dd04082e6 } from '../../../components/workflow/EventComment'
import { MyWork as MyWork_956d05a72d900fa9894c0f56ba3cd6a6 } from '../../../components/desk/MyWork.tsx'
import { AdminSearch as AdminSearch_48c058dd78b6113d200b62c323281bad } from '../../../components/search/AdminSearch'
import { DeskNav as DeskNav_c539e3e8a1ce5040b8bcecff010e24af } from '../../../components/desk/DeskNav.tsx'
import { DatePickerLanguage as DatePickerLanguage_7e7201c94a82cb4e3a74312b3167d835 } from '../../../components/DatePickerLanguage'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ReviewQueueView as ReviewQueueView_33e271ae83fa03f25f0aaf77becc5acf } from '../../../components/desk/ReviewQueueView.tsx'
import { CalendarView as CalendarView_03435ac85d1d6a8dee8ba3249d47eed2 } from '../../../components/desk/CalendarView.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/workflow/WorkflowPanel.tsx#WorkflowPanel": WorkflowPanel_8a6dab6327084ac108d2257a40dcc0c3,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/flags/FlagMessageField#FlagMessageField": FlagMessageField_a367b30ddc1d3f78c926d904db39161a,
  "/components/flags/FlagPlaceField#FlagPlaceField": FlagPlaceField_24a3813c33c24a57e33089942a79dba2,
  "/components/flags/QualityFlagRowLabel#QualityFlagRowLabel": QualityFlagRowLabel_8ead63f67f4cf74e1bfdca02751d80f5,
  "/components/workflow/StateBadge.tsx#StateBadge": StateBadge_86d70530cddf51e3ba3748127277a144,
  "/components/workflow/PublishViaWorkflow.tsx#PublishViaWorkflow": PublishViaWorkflow_48183196b32cc0f2ecc53a17be887672,
  "/components/workflow/WorkflowStatus.tsx#WorkflowStatus": WorkflowStatus_d9263681bfac82f0dc900e6c0084407e,
  "/components/workflow/PublishViaWorkflow.tsx#NoUnpublishButton": NoUnpublishButton_48183196b32cc0f2ecc53a17be887672,
  "/components/imports/StageField#StageCell": StageCell_0f90c9ed65c9cd9f7941af90ee1e6b35,
  "/components/imports/StageField#StageField": StageField_0f90c9ed65c9cd9f7941af90ee1e6b35,
  "/components/workflow/ReviewPackage.tsx#ReviewPackage": ReviewPackage_79036c01810ae6b1ddaeeef7d1601af9,
  "/components/imports/SimilarContent#SimilarContent": SimilarContent_180066da20c44287d065c7846ed3ac70,
  "/components/fields/JsonView#JsonView": JsonView_67562c417aabc75378c4e517ae06f240,
  "/components/workflow/EventComment#EventCommentCell": EventCommentCell_d5860dbf55ee98667c8f5a7dd04082e6,
  "/components/workflow/EventComment#EventCommentField": EventCommentField_d5860dbf55ee98667c8f5a7dd04082e6,
  "/components/desk/MyWork.tsx#MyWork": MyWork_956d05a72d900fa9894c0f56ba3cd6a6,
  "/components/search/AdminSearch#AdminSearch": AdminSearch_48c058dd78b6113d200b62c323281bad,
  "/components/desk/DeskNav.tsx#DeskNav": DeskNav_c539e3e8a1ce5040b8bcecff010e24af,
  "/components/DatePickerLanguage#DatePickerLanguage": DatePickerLanguage_7e7201c94a82cb4e3a74312b3167d835,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/desk/ReviewQueueView.tsx#ReviewQueueView": ReviewQueueView_33e271ae83fa03f25f0aaf77becc5acf,
  "/components/desk/CalendarView.tsx#CalendarView": CalendarView_03435ac85d1d6a8dee8ba3249d47eed2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
