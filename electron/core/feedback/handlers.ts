import type { HandlerContext, HandlersFor } from '../handlers';
import { readFeedbackFile, readFeedbackText } from './read';
import { feedbackService } from './service';

type FeedbackMethod = 'feedback.preview' | 'feedback.apply' | 'feedback.undo' | 'feedback.list';

/** The feedback import's contract methods (shared/contract/feedback.ts). */
export function feedbackHandlers(ctx: HandlerContext): HandlersFor<FeedbackMethod> {
  const feedback = feedbackService(ctx.db);
  return {
    'feedback.preview': async (input) => {
      const read = 'path' in input ? await readFeedbackFile(input.path, feedback.clientOfBundle) : readFeedbackText(input.text);
      return feedback.preview(read.feedback, read.source, read.fileName);
    },
    'feedback.apply': (input) => feedback.apply(input.feedback, input.source, input.fileName),
    'feedback.undo': (input) => feedback.undo(input.importId),
    'feedback.list': (input) => feedback.list(input.bundleId),
  };
}
