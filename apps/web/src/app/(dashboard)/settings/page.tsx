"use client";
import { ApiKeysSection } from "@/components/settings/api-keys-section";
import { PrivacySection } from "@/components/settings/privacy-section";
import { ShopSection } from "@/components/settings/shop-section";
import { UsersSection } from "@/components/settings/users-section";
import { WebhooksSection } from "@/components/settings/webhooks-section";
import { useViewer } from "@/components/viewer-context";

export default function SettingsPage() {
  const viewer = useViewer();
  const isOwner = viewer.role === "OWNER";
  return (
    <>
      <h1>Settings</h1>
      <p className="subtitle">
        Signed in as {viewer.user.email} ({viewer.role.toLowerCase()}).
      </p>
      <ShopSection />
      {isOwner ? (
        <>
          <UsersSection />
          <ApiKeysSection />
          <WebhooksSection />
        </>
      ) : (
        <p className="muted">Users, API keys and webhooks are managed by the owner.</p>
      )}
      {viewer.role !== "VIEWER" && <PrivacySection />}
    </>
  );
}
