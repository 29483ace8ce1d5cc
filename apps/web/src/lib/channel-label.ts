const labels: Record<string, string> = {
  EMAIL: "Email",
  SMS: "SMS",
  SOCIAL: "Social",
  ADS: "Ads",
  DIRECT_MAIL: "Direct mail",
  WEBHOOK: "Webhook",
};

/** A marketing or campaign channel as people write it ("SMS", not "Sms"); unknown ones are humanised. */
export function channelLabel(channel: string): string {
  return labels[channel] ?? channel.charAt(0) + channel.slice(1).toLowerCase().replace(/_/g, " ");
}
