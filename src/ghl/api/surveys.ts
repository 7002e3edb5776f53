/** The surveys API (surveys.json): a location's surveys and what was submitted through them. */
import { define, fromSpec } from '../operation.ts';
import type { GhlPageMeta, GhlSubmissionAnswers } from './forms.ts';

/** GetSurveysSchema. */
export interface GhlSurvey {
  id: string;
  name?: string | null;
  locationId?: string | null;
}

/** SubmissionSchema. */
export interface GhlSurveySubmission {
  id: string;
  contactId?: string | null;
  createdAt?: string | null;
  surveyId?: string | null;
  name?: string | null;
  email?: string | null;
  others?: GhlSubmissionAnswers | null;
}

export const surveyOperations = {
  listSurveys: define<{ surveys: GhlSurvey[]; total?: number }>()({
    lists: { surveys: 'records' },
    ...fromSpec('surveysGetSurveys'),
    location: { in: 'query', name: 'locationId' },
  }),
  listSurveySubmissions: define<{ submissions: GhlSurveySubmission[]; meta?: GhlPageMeta }>()({
    lists: { submissions: 'records' },
    ...fromSpec('surveysGetSurveysSubmissions'),
    location: { in: 'query', name: 'locationId' },
  }),
};
