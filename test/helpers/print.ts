/** Runs `action` with the browser's print dialog replaced by `atPrint`, which sees the page as it prints. */
export async function whilePrinting(action: () => void | Promise<void>, atPrint: () => void): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(window, 'print')!;
  Object.defineProperty(window, 'print', { configurable: true, writable: true, value: atPrint });
  try {
    await action();
  } finally {
    Object.defineProperty(window, 'print', original);
  }
}
