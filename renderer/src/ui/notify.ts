import { notifications } from '@mantine/notifications';

export const notifySuccess = (message: string) => notifications.show({ message, color: 'green', autoClose: 3000 });
export const notifyError = (title: string, message: string) =>
  notifications.show({ title, message, color: 'red', autoClose: 8000, withBorder: true });
