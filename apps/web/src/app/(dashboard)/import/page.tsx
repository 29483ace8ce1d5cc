"use client";
import { useState } from "react";
import { CleaningStep } from "@/components/import/cleaning-step";
import { MappingStep } from "@/components/import/mapping-step";
import { ProgressStep } from "@/components/import/progress-step";
import { UploadStep } from "@/components/import/upload-step";

type Step =
  | { name: "upload" }
  | { name: "mapping"; importId: string }
  | { name: "cleaning"; importId: string }
  | { name: "progress"; importId: string };

export default function ImportPage() {
  const [step, setStep] = useState<Step>({ name: "upload" });
  return (
    <>
      <h1>Import data</h1>
      <p className="subtitle">
        Upload → preview and map columns → cleaning choices → validate and import → summary.
      </p>
      {step.name === "upload" && (
        <UploadStep onUploaded={(importId) => setStep({ name: "mapping", importId })} />
      )}
      {step.name === "mapping" && (
        <MappingStep
          importId={step.importId}
          onMapped={() => setStep({ name: "cleaning", importId: step.importId })}
        />
      )}
      {step.name === "cleaning" && (
        <CleaningStep
          importId={step.importId}
          onBack={() => setStep({ name: "mapping", importId: step.importId })}
          onStarted={() => setStep({ name: "progress", importId: step.importId })}
        />
      )}
      {step.name === "progress" && (
        <ProgressStep importId={step.importId} onRestart={() => setStep({ name: "upload" })} />
      )}
    </>
  );
}
