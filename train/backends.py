"""Load the base model with LoRA adapters: Unsloth on a CUDA machine that has it, else TRL + PEFT."""
from __future__ import annotations

import importlib.util
from schema.training import TrainConfig
from train.tiny import TINY_DIR, build_tiny_model

EXPERT_WEIGHTS = {"gate_proj": "gate_up_proj", "up_proj": "gate_up_proj", "down_proj": "down_proj"}


def cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def resolve_backend(config: TrainConfig) -> str:
    """'unsloth' when asked for, or on auto with CUDA and unsloth installed; 'trl' otherwise."""
    if config.backend != "auto":
        return config.backend
    return "unsloth" if cuda_available() and importlib.util.find_spec("unsloth") else "trl"


def model_path(config: TrainConfig) -> str:
    """A hub id or folder; 'tiny' means the locally built random GPT-OSS-shaped model."""
    return str(build_tiny_model(TINY_DIR).resolve()) if config.model == "tiny" else config.model


def load_tokenizer(path: str):  # noqa: ANN201
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(path)


def load_for_training(config: TrainConfig, backend: str, max_seq_length: int):  # noqa: ANN201 - (model, tokenizer)
    if backend == "unsloth":
        return _unsloth(config, max_seq_length)
    return _peft(config)


def _unsloth(config: TrainConfig, max_seq_length: int):  # noqa: ANN202
    from unsloth import FastLanguageModel  # train.stack imported unsloth before trl/transformers/peft

    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=model_path(config), max_seq_length=max_seq_length, load_in_4bit=config.load_in_4bit,
        dtype=None if config.dtype == "auto" else _torch_dtype(config.dtype), full_finetuning=False,
    )
    model = FastLanguageModel.get_peft_model(
        model, r=config.lora.r, lora_alpha=config.lora.alpha, lora_dropout=config.lora.dropout,
        target_modules=config.lora.target_modules, bias="none", random_state=config.seed,
        use_gradient_checkpointing="unsloth" if config.gradient_checkpointing else False,
    )
    return model, tokenizer


def _peft(config: TrainConfig):  # noqa: ANN202
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    path = model_path(config)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=_dtype(config), **_quantization(config))
    modules, parameters = lora_targets(model, config.lora.target_modules)
    lora = LoraConfig(r=config.lora.r, lora_alpha=config.lora.alpha, lora_dropout=config.lora.dropout,
                      target_modules=modules, target_parameters=parameters or None, bias="none", task_type="CAUSAL_LM")
    if config.gradient_checkpointing:
        model.gradient_checkpointing_enable()
        model.enable_input_require_grads()
    return get_peft_model(model, lora), load_tokenizer(path)


def lora_targets(model, names: list[str]) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """Split the recipe's names into Linear modules and fused MoE expert weights (GPT-OSS keeps its experts'
    gate/up/down projections as 3-D parameters, which PEFT reaches through target_parameters)."""
    import torch

    linear = {name.rsplit(".", 1)[-1] for name, module in model.named_modules() if isinstance(module, torch.nn.Linear)}
    experts = {name.rsplit(".", 1)[-1] for name, _ in model.named_parameters() if ".experts." in name}
    modules = [name for name in names if name in linear]
    parameters = sorted({f"mlp.experts.{EXPERT_WEIGHTS[name]}" for name in names
                         if EXPERT_WEIGHTS.get(name) in experts})
    return modules, parameters


def _dtype(config: TrainConfig):  # noqa: ANN202
    if config.dtype != "auto":
        return _torch_dtype(config.dtype)
    import torch

    return torch.bfloat16 if cuda_available() else torch.float32


def _torch_dtype(name: str):  # noqa: ANN202
    import torch

    return getattr(torch, name)


def _quantization(config: TrainConfig) -> dict:
    if not config.load_in_4bit:
        return {}
    if not cuda_available():
        raise RuntimeError("load_in_4bit needs a CUDA GPU (bitsandbytes); set load_in_4bit=false to train on CPU")
    from transformers import BitsAndBytesConfig
    import torch

    return {"quantization_config": BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                                      bnb_4bit_compute_dtype=torch.bfloat16)}

