/** Where the desk's views live under the admin route (/admin/review-queue, /admin/calendar). */
export const REVIEW_QUEUE_PATH = '/review-queue'
export const CALENDAR_PATH = '/calendar'
