"""Round 64 on documentation: a stale translation whose source dropped its last section
and added another at its end read as no translation (XL001), its facts compared
document-wide (tuning data docs41). Source, CC BY 4.0: Project-HAMi/website@0d64adad
(`docs/developers/protocol.md` and its `i18n/zh/docusaurus-plugin-content-docs/current/` page,
as in `fixtures/heldout/docs41/mdx-hami-zh`), whole: the Chinese the older design, with a
scheduling-decision section the English no longer has and without the English's last
paragraphs. The twins are the same Chinese page without its first section, or with its
sections swapped, written for the test."""

from __future__ import annotations

from tests.conftest import pair_findings

PROTOCOL_EN = r"""## Device Registration

<img src="/img/docs/common/developers/protocol/protocol-register.png" width="600px" alt="HAMi device registration protocol diagram showing node annotation process" />

HAMi needs to know the spec of each AI device in the cluster to schedule properly. During device registration, device-plugin needs to keep patching the spec of each device into node annotations every 30 seconds, in the format of the following:

```text
hami.io/node-handshake-\{device-type\}: Reported_\{device_node_current_timestamp\}
hami.io/node-\{device-type\}-register: \{Device 1\}:\{Device2\}:...:\{Device N\}
```

The definition of each device is in the following format:

```text
\{Device UUID\},\{device split count\},\{device memory limit\},\{device core limit\},\{device type\},\{device numa\},\{healthy\}
```

An example is shown below:

```text
hami.io/node-handshake-nvidia: Reported 2024-01-23 04:30:04.434037031 +0000 UTC m=+1104711.777756895
hami.io/node-handshake-mlu: Requesting_2024.01.10 04:06:57
hami.io/node-mlu-register: MLU-45013011-2257-0000-0000-000000000000,10,23308,0,MLU-MLU370-X4,0,false:MLU-54043011-2257-0000-0000-000000000000,10,23308,0,
hami.io/node-nvidia-register: GPU-00552014-5c87-89ac-b1a6-7b53aa24b0ec,10,32768,100,NVIDIA-Tesla V100-PCIE-32GB,0,true:GPU-0fc3eda5-e98b-a25b-5b0d-cf5c855d1448,10,32768,100,NVIDIA-Tesla V100-PCIE-32GB,0,true:

```

In this example, this node has two different AI devices, 2 NVIDIA-V100 GPUs, and 2 Cambricon 370-X4 MLUs

A device node may become unavailable due to hardware or network failure. If a node hasn't registered in the last 5 minutes, the scheduler marks it as 'unavailable'.

Since system clock on scheduler node and 'device' node may not align properly, scheduler node will patch the following device node annotations every 30s

```text
hami.io/node-handshake-\{device-type\}: Requesting_{scheduler_node_current_timestamp}
```
"""
PROTOCOL_ZH = r"""## 设备注册

为了进行更准确的调度，HAMi 调度器需要在设备注册时感知设备的规格，包括 UUID、显存、计算能力、型号、numa 数量等。

然而，device-plugin 设备注册 API 并未提供相应的参数获取，因此 HAMi-device-plugin 在注册时将这些补充信息存储在节点的注释中，以供调度器读取，如下图所示：

<img src="/img/docs/common/developers/protocol/device-registration.png" width="600px" alt="HAMi 设备注册协议图，显示节点注解过程" />

这里需要使用两个注释，其中一个是时间戳，如果超过指定的阈值，则认为对应节点上的设备无效。另一个是设备注册信息。一个具有 2 个 32G-V100 GPU 的节点可以注册如下所示：

```yaml
hami.io/node-handshake: Requesting_2024.05.14 07:07:33
hami.io/node-nvidia-register: "GPU-00552014-5c87-89ac-b1a6-7b53aa24b0ec,10,32768,100,NVIDIA-Tesla V100-PCIE-32GB,0,true:GPU-0fc3eda5-e98b-a25b-5b0d-cf5c855d1448,10,32768,100,NVIDIA-Tesla V100-PCIE-32GB,0,true:"
```

### 调度决策

kube-scheduler 在 `bind` 过程中调用 device-plugin 挂载设备，但仅向 device-plugin 提供设备的 `UUID`。因此，在设备共享的场景中，device-plugin 无法获取任务请求的相应设备规格，如 `设备显存` 和 `计算核心`。

因此，有必要开发一个协议，使调度器层与 device-plugin 进行通信以传递任务调度信息。调度器通过将调度结果补丁到 Pod 的注释中并在 device-plugin 中读取它来传递此信息，如下图所示：

<img src="/img/docs/common/developers/protocol/task-dispatch.png" width="600px" alt="HAMi 任务分发流程图" />

在此过程中，需要设置 3 个注释，分别是 `时间戳`、`待分配设备` 和 `已分配设备`。调度器创建时，`待分配设备` 和 `已分配设备` 的内容相同，但 device-plugin 将根据 `待分配设备` 的内容确定当前设备分配情况，当分配成功时，相应设备将从注释中移除，因此当任务成功运行时，`待分配设备` 的内容将为空。

一个请求 3000M 设备显存的 GPU 任务的示例将生成如下的相应注释：

```yaml
hami.io/bind-time: 1716199325
hami.io/vgpu-devices-allocated: GPU-0fc3eda5-e98b-a25b-5b0d-cf5c855d1448,NVIDIA,3000,0:;
hami.io/vgpu-devices-to-allocate: ;
```
"""
SECTION = PROTOCOL_ZH.index("### 调度决策")


def _rules(en: str, zh: str) -> set[tuple[str, int]]:
    return {(f.rule, f.locations[-1].line or 0) for f in pair_findings(en, "en", zh, "zh")}


def test_a_stale_page_whose_source_replaced_its_last_section_is_a_translation():
    found = _rules(PROTOCOL_EN, PROTOCOL_ZH)
    assert not any(rule == "XL001" for rule, _ in found)
    # the drifts where they stand: the English blocks the Chinese lacks (before its example),
    # the Chinese-only section from its heading on
    assert {("XL002", 9), ("XL002", 16), ("XL002", 28)} <= found


def test_the_section_the_english_lacks_alone_is_no_translation():
    assert ("XL001", 0) in _rules(PROTOCOL_EN, PROTOCOL_ZH[SECTION:])


def test_the_pages_must_pair_from_their_start():
    swapped = PROTOCOL_ZH[SECTION:] + "\n" + PROTOCOL_ZH[:SECTION]
    assert ("XL001", 0) in _rules(PROTOCOL_EN, swapped)
